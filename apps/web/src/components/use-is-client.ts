import { useSyncExternalStore } from "react";

const subscribeNever = () => () => undefined;

/**
 * True in the browser after hydration; false while rendering on the server and while hydrating.
 * For what only the browser knows (its time zone) and for controls that only work with the page's
 * script (a form sent by fetch).
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
