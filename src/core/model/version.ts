/** The Action's own version, for SARIF's tool.driver and the User-Agent. Kept in step with package.json by a test. */
export const IMAGE_GATE_VERSION = '0.1.0';
