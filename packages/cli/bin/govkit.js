#!/usr/bin/env node
// The command runs the compiled TypeScript (`npm run build -w @govkit-th/cli` makes dist/).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
