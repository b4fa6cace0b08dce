export { seedDemoData, DEMO_ACCOUNTS } from "./demo";
export { DEMO_PASSWORD, DEMO_PASSWORD_HASH } from "./demo-password";
