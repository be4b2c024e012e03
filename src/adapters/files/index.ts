/** The files adapter: the user's files read within a size limit, and JSON parsed without quoting it back. */
export { formatBytes, INPUT_LIMITS, InputFileError, readInputFile, readInputFileSync, readInputText, readInputTextSync } from './input-file.js';
export { describeJsonSyntaxError, JsonBytes, JsonSyntaxError, parseJsonDocument } from './json-bytes.js';
