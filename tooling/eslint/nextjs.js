import nextPlugin from "@next/eslint-plugin-next";

/** Next.js rules (core web vitals). */
export default [
  {
    plugins: { "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
    },
  },
];
