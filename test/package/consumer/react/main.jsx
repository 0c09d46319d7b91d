import { createRoot } from 'react-dom/client';
import { SignupForm } from './SignupForm.jsx';

createRoot(document.getElementById('root')).render(<SignupForm />);
