export { createInbox, DEMO_ACCOUNTS, DEMO_PASSWORD, type Inbox, type InboxOptions } from './server.js';
export { loadConfig, defaults, type InboxConfig } from './config.js';
export { openStore, Store, migrations } from './store/index.js';
export { FormRegistry } from './forms.js';
export { GroupCommitter } from './group-commit.js';
export { sweepRetention } from './retention.js';
export { hashPassword, verifyPassword, ROLES, PERMISSIONS } from './staff/auth.js';
