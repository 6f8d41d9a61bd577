/**
 * The file format's public face: export, import (validation + migration) and CSV. Callers import
 * from here, so the modules behind it can be split or merged without touching the app.
 */
export {
  APP_NAME,
  FORMAT_NAME,
  FORMAT_VERSION,
  exportFileName,
  serializeBoard,
  toBoardFile,
  type BoardFile,
  type ExportedActivity,
  type ExportedAuthority,
  type ExportedBoard,
  type ExportedOutcome,
  type ExportedPerson,
  type SerializeOptions,
} from './envelope';
export {
  IMPORT_LIMITS,
  NOT_JSON_MESSAGE,
  NOT_OURS_MESSAGE,
  parseBoardFile,
  type ImportError,
  type ImportOptions,
  type ImportResult,
} from './import';
export { CSV_MESSAGE, EMPTY_FILE_MESSAGE, IMPORT_HINT, PDF_MESSAGE, UTF16_MESSAGE, foreignFileMessage, foreignTextMessage } from './foreign';
export { MIGRATIONS, OLDEST_FORMAT_VERSION, migrateFile, migrationProblems, type Migration } from './migrations';
export { ACTIVITY_COLUMNS, OUTCOME_COLUMNS, PARKING_LOT_LABEL, boardToCsv, csvCell, csvFileNames, type BoardCsv } from './csv';
export { formatCount, type FormatProblem } from './problems';
