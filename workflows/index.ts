// The workflow bundle's entry point: every workflow type the worker registers.
export { journeyWorkflow } from './journey/journey.workflow';
export { reportWorkflow } from './report/report.workflow';
export { complaintWorkflow } from './complaint/complaint.workflow';
export { groupMeetingWatchWorkflow } from './group/group-meeting-watch.workflow';
export { webhookEndpointWorkflow } from './webhook/webhook-endpoint.workflow';
export { webhookPruneWorkflow } from './webhook/webhook-prune.workflow';
export { enrolmentImportWorkflow } from './enrolment-import/enrolment-import.workflow';
