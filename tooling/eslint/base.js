import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Shared rules for every package: strict, type-aware TypeScript. */
export default tseslint.config(
  {
    ignores: [
      "**/.next/**",
      "**/dist/**",
      "**/.cache/**",
      "**/drizzle/**",
      "**/*.config.*",
      "**/next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
      // The environment is read in exactly one validated module per package (env.ts).
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration from the package's env.ts.",
        },
      ],
    },
  },
  {
    files: ["**/env.ts", "**/*.test.ts", "**/*.test.tsx", "**/e2e/**", "**/scripts/**"],
    rules: { "no-restricted-properties": "off" },
  },
);
