import { QueryClient } from "@tanstack/react-query";

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // With server rendering, avoid refetching immediately on the client.
      queries: { staleTime: 30 * 1000 },
    },
  });
}
