// The defaults, as the portal's (no X-Powered-By); nothing else.
export default { poweredByHeader: false };
