import type { AssignmentStatus } from '$lib/teach/types';

export function statusLabel(status: AssignmentStatus): string {
	return status === 'draft'
		? 'Draft (not published)'
		: status === 'open'
			? 'Open to students'
			: 'Closed';
}
