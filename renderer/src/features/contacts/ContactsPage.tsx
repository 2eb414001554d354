import { EmptyState } from '../../components/EmptyState.tsx';

export function ContactsPage() {
  return (
    <EmptyState
      title="Contacts"
      summary="Who to call when you need help: teammates, owning teams, escalation managers and vendor support lines, available without a network."
      capabilities={[
        'Keep phone numbers, email addresses and chat handles for people, teams and vendors in one place.',
        'Note when to escalate to each contact and what they need from you when you do (account numbers, contract IDs, severity definitions).',
        'Call or write with one click: phone numbers open your dialer and addresses your mail program.',
        'Find a contact by name, team or the service they own.',
      ]}
      footnote="Contacts live in your local database, so the escalation list is still there when the directory service or the chat tool is down."
    />
  );
}
