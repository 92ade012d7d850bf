/** Counts checks and prints the closing line CI reads: `N passed, N failed`. */
export function createTally(name) {
  let passed = 0;
  let failed = 0;
  return {
    check(label, condition, detail = '') {
      if (condition) {
        passed += 1;
        console.log(`  ✓ ${label}`);
      } else {
        failed += 1;
        console.log(`  ✗ ${label}${detail ? `: ${detail}` : ''}`);
      }
      return condition;
    },
    finish() {
      console.log(`${name}: ${passed} passed, ${failed} failed`);
      return failed === 0;
    },
  };
}
