import type { Metadata } from "next";

import { NewSupportRequest } from "~/components/support/requester-pages";

export const metadata: Metadata = { title: "New support request" };

export default function NewSupportRequestPage() {
  return <NewSupportRequest basePath="/patient/support" />;
}
