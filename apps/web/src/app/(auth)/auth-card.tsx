import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@resq/ui/card";

/** The frame of every sign-in step: the page's h1, a line of explanation, the form, then links. */
export function AuthCard({
  title,
  description,
  children,
  footer,
}: {
  title: string;
  description?: React.ReactNode;
  children: React.ReactNode;
  footer?: React.ReactNode;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-2xl">
          {title}
        </CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="grid gap-6">
        {children}
        {footer ? <div className="grid gap-2 border-t pt-4 text-sm">{footer}</div> : null}
      </CardContent>
    </Card>
  );
}

/** A text link in the style of the auth pages. */
export const linkClass = "font-medium text-primary underline underline-offset-4 hover:no-underline";
