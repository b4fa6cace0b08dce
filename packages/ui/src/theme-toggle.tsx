"use client";

import * as React from "react";
import { MonitorIcon, MoonIcon, SunIcon } from "lucide-react";
import { useTheme } from "next-themes";

import { Button } from "./button";
import { cn } from "./cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from "./dropdown-menu";

/** The words of the theme menu; the app passes them in the reader's language. */
interface ThemeToggleLabels {
  /** The button's screen-reader name. Defaults to "Change theme". */
  change?: string;
  /** Defaults to "Light". */
  light?: string;
  /** Defaults to "Dark". */
  dark?: string;
  /** Defaults to "System". */
  system?: string;
}

/** Button opening a Light / Dark / System theme menu (next-themes). */
function ThemeToggle({
  className,
  labels = {},
  ...props
}: React.ComponentProps<typeof Button> & { labels?: ThemeToggleLabels }) {
  const { change = "Change theme", light = "Light", dark = "Dark", system = "System" } = labels;
  const { theme, setTheme } = useTheme();

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="outline"
          size="icon"
          data-slot="theme-toggle"
          className={cn("relative", className)}
          {...props}
        >
          <SunIcon
            aria-hidden="true"
            className="scale-100 rotate-0 transition-all dark:scale-0 dark:-rotate-90"
          />
          <MoonIcon
            aria-hidden="true"
            className="absolute scale-0 rotate-90 transition-all dark:scale-100 dark:rotate-0"
          />
          <span className="sr-only">{change}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuRadioGroup value={theme ?? "system"} onValueChange={setTheme}>
          <DropdownMenuRadioItem value="light">
            <SunIcon aria-hidden="true" />
            {light}
          </DropdownMenuRadioItem>
          <DropdownMenuRadioItem value="dark">
            <MoonIcon aria-hidden="true" />
            {dark}
          </DropdownMenuRadioItem>
          <DropdownMenuRadioItem value="system">
            <MonitorIcon aria-hidden="true" />
            {system}
          </DropdownMenuRadioItem>
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

export { ThemeToggle, type ThemeToggleLabels };
