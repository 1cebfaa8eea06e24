/** A promise that says, once settled, how it settled, as React's `use` reads it. */
export type TrackedPromise<T> = Promise<T> &
  (
    | { status?: 'pending' }
    | { status: 'fulfilled'; value: T }
    | { status: 'rejected'; reason: unknown }
  );

/**
 * Marks `promise` with its outcome once it settles (`status` and `value` or `reason`, the fields
 * React itself sets on a promise it has waited for), so that `use(promise)` returns at once when
 * the promise has settled before React first sees it, as a preloaded page's code and content have.
 */
export function tracked<T>(promise: Promise<T>): TrackedPromise<T> {
  const result = promise as TrackedPromise<T>;
  // Block bodies: a handler that returned the promise would make its own promise follow it, and a
  // failure would then be reported as unhandled.
  promise.then(
    (value) => {
      Object.assign(result, { status: 'fulfilled', value });
    },
    (reason: unknown) => {
      Object.assign(result, { status: 'rejected', reason });
    },
  );
  return result;
}
