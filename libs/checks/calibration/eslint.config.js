// The calibration modules are test data for the quality gates — some break the grammar on purpose — not project code.
export default [{ ignores: ['**/*'] }];
