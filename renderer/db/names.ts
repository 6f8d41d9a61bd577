/**
 * The database's name and versions, apart from Dexie so the start-up read (earlyRead.ts) can use
 * them without loading Dexie first.
 */

/** The Dexie schema version this build writes (see the version list in OwnershipDatabase). */
export const SCHEMA_VERSION = 3;

/** Version of the stored board data (not of the Dexie schema). */
export const BOARD_DATA_VERSION = 1;

export const DATABASE_NAME = 'ownership-board';

/** The meta key naming the board open last. */
export const LAST_BOARD_KEY = 'lastBoardId';

/** The meta key holding the order the library lists boards in (library/order.ts). */
export const LIBRARY_ORDER_KEY = 'libraryOrder';
