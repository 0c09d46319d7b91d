// Registers <email-check>; Lit comes from your node_modules, shared with the rest of the page.
import 'email-check';
