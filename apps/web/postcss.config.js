export { default } from "@resq/tailwind-config/postcss";
