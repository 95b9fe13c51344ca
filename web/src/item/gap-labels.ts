/** Gap statuses as people read them. */
export const GAP_STATUS_LABEL: Record<string, string> = { open: 'Open', 'partly-addressed': 'Partly addressed', addressed: 'Addressed' };
