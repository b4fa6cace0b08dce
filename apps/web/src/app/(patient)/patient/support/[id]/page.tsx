import type { Metadata } from "next";

import { SupportRequest } from "~/components/support/requester-pages";

export const metadata: Metadata = { title: "Support request" };

export default async function SupportRequestPage({ params }: { params: Promise<{ id: string }> }) {
  return <SupportRequest basePath="/patient/support" id={(await params).id} />;
}
