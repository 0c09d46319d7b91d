import 'email-check';

// React 19 passes attributes and `on…` event listeners to custom elements as they are.
export function SignupForm() {
  return (
    <form method="post" action="/signup">
      <label htmlFor="email">Email</label>
      <email-check
        endpoint="/v1/validate"
        public-key="pk_test_demo"
        onemail-check-result={(event) => console.log(event.detail.verdict.result)}
      >
        <input id="email" name="email" type="email" required />
      </email-check>
      <button>Sign up</button>
    </form>
  );
}
