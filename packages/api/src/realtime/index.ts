export { EventHub } from "./hub";
export { publishUserEvent, type UserEventKind } from "./publish";
