/**
 * Where the search copies go when the machine has a RAM-backed folder (search-copies.ts). Apart,
 * so that the build script can clean up after killed builds without loading the search code.
 */
/** Where a RAM-backed folder usually is (Linux); copies there are written and removed in RAM. */
export const RAM_FOLDER = '/dev/shm';
/** Name start of the copies folder in RAM_FOLDER, followed by the build's process id. */
export const RAM_COPIES_PREFIX = 'trang-cchc-copies-';
