import { AreaIntlProvider } from "~/i18n/area-provider";

/** Sign-up, sign-in and recovery pages: one narrow column, comfortable on a phone. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <AreaIntlProvider area="auth">
      <div className="mx-auto w-full max-w-md px-4 py-8 sm:py-12">{children}</div>
    </AreaIntlProvider>
  );
}
