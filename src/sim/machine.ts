// The simulated machine's defaults, in a module of its own so the page can import them without
// the runtime.

/** The simulated machine's memory unless configured: 24 GiB, this project's reference machines. */
export const defaultPhysicalMemoryBytes = 24 * 2 ** 30;
