"use client";

import { useEffect, useRef } from "react";

/**
 * The filters' disclosure: collapsed on phones, opened on wider screens once the page runs
 * (without JavaScript it stays a working `<details>` everywhere).
 */
export function FiltersDisclosure({
  summary,
  children,
  className,
}: {
  summary: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia("(min-width: 768px)").matches) ref.current.open = true;
  }, []);
  return (
    <details ref={ref} className={className}>
      {summary}
      {children}
    </details>
  );
}
