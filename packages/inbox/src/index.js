export { createInbox, DEMO_ACCOUNTS, DEMO_PASSWORD } from './server.js';
export { loadConfig, defaults } from './config.js';
export { openStore, Store, migrations } from './store/index.js';
export { FormRegistry } from './forms.js';
export { GroupCommitter } from './group-commit.js';
export { hashPassword, verifyPassword, ROLES, PERMISSIONS } from './staff/auth.js';
