/** Starts an import's workflow: the import id only (the file and everything else are on its row). */
export interface EnrolmentImportWorkflowInput {
  importId: string;
}

/** The workflow type, as the API starts it. */
export const ENROLMENT_IMPORT_WORKFLOW = 'enrolmentImportWorkflow';

/** One workflow per import. */
export const enrolmentImportWorkflowId = (importId: string): string => `enrolment-import-${importId}`;
