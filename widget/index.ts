// PLACEHOLDER: the <email-check> element (issue 3).
export const version = '0.1.0';
