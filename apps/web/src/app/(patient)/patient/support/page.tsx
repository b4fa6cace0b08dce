import type { Metadata } from "next";

import { MySupportRequests } from "~/components/support/requester-pages";

export const metadata: Metadata = { title: "Support" };

export default async function SupportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <MySupportRequests basePath="/patient/support" searchParams={await searchParams} />;
}
