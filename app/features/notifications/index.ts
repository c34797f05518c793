export { sendEmailJob } from "./jobs/send-email";
