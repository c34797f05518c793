export { sendEmailJob } from "./jobs/send-email";
export * from "./kinds";
