/** VEX documents given by the user, read and checked into typed statements (core/model/vex.ts). */
export { readVexStatements, type VexFile } from './read.js';
