export function SiteFooter() {
  return (
    <footer className="border-t">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-muted-foreground sm:flex-row sm:justify-between">
        <p>RESQ is open-source healthcare software you can host yourself.</p>
        <p>In an emergency, call your local emergency number.</p>
      </div>
    </footer>
  );
}
