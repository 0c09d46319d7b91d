// Address rules both fakes share, so a test can ask either API for any outcome by the address.
export const disposableDomains = ['mailinator.com', 'yopmail.com', 'guerrillamail.com'];
export const roleLocals = ['admin', 'info', 'support', 'sales', 'contact', 'noreply', 'postmaster'];
