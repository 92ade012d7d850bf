#!/usr/bin/env node
// The command runs the compiled TypeScript (`npm run build -w @govkit-th/inbox` makes dist/).
import '../dist/cli.js';
