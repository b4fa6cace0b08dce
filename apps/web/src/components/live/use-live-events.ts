"use client";

import { useEffect, useRef } from "react";

import { useTRPCClient } from "~/trpc/react";

/** What the live stream says happened (ids only; pages refetch what they show). */
export interface LiveEvent {
  id: string;
  kind: string;
  payload: Record<string, string>;
}

type Listener = (event: LiveEvent) => void;
type Client = ReturnType<typeof useTRPCClient>;

/**
 * One server-sent-events subscription per page, shared by every component that listens (the bell,
 * the inbox, a conversation): browsers allow few connections per site. It resumes from the last
 * event id it saw, so a component that mounts later, or a dropped connection, misses nothing.
 */
const listeners = new Set<Listener>();
let subscription: { unsubscribe(): void } | null = null;
let lastEventId: string | null = null;

function ensureSubscribed(client: Client) {
  if (subscription) return;
  subscription = client.events.stream.subscribe(
    { lastEventId },
    {
      onData: ({ id, data }) => {
        lastEventId = id;
        const event = { id, kind: data.kind, payload: data.payload };
        for (const listener of listeners) listener(event);
      },
      onStarted: () => document.documentElement.setAttribute("data-live", "connected"),
      onError: () => document.documentElement.setAttribute("data-live", "error"),
    },
  );
}

/**
 * Where the stream starts on this page: the event id the server saw when it rendered it, so an
 * event between the render and the subscription is not missed. Only the first one counts.
 */
export function seedLiveCursor(cursor: string) {
  lastEventId ??= cursor;
}

/** Calls `onEvent` for each live event while the component is mounted. */
export function useLiveEvents(onEvent: Listener) {
  const client = useTRPCClient();
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  useEffect(() => {
    const listener: Listener = (event) => handler.current(event);
    listeners.add(listener);
    ensureSubscribed(client);
    return () => {
      listeners.delete(listener);
      // Keep the connection while a page change swaps listeners; close it once nobody listens.
      setTimeout(() => {
        if (listeners.size === 0 && subscription) {
          subscription.unsubscribe();
          subscription = null;
          document.documentElement.removeAttribute("data-live");
        }
      }, 1000);
    };
  }, [client]);
}
