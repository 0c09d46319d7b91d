import dns2 from 'dns2';

const { Packet } = dns2;

/** What the test zone holds for one name; a name not in the zone is NXDOMAIN. */
export interface ZoneEntry {
  mx?: { exchange: string; priority: number }[];
  a?: string[];
  aaaa?: string[];
  /** Answer every question about this name with this response code. */
  rcode?: 'SERVFAIL' | 'REFUSED';
  /** Never answer (a resolver that hangs). */
  silent?: boolean;
}

export type Zone = Record<string, ZoneEntry>;

export interface TestDnsServer {
  /** `127.0.0.1:PORT`, for `dns.servers` and `--dns-server`. */
  server: string;
  /** Every question received, in order, as `TYPE name`. */
  readonly questions: string[];
  count(type: 'MX' | 'A' | 'AAAA', name?: string): number;
  /** Replaces the zone's entries (tests that change an answer between two calls). */
  zone: Zone;
  close(): Promise<void>;
}

// RFC 1035 section 4.1.1 (the type definitions leave this table out).
const rcodes = { NXDOMAIN: 3, SERVFAIL: 2, REFUSED: 5 } as const;

const typeNames = new Map<number, string>(
  Object.entries(Packet.TYPE).map(([name, code]) => [code as number, name]),
);

/** A real DNS server on 127.0.0.1 (UDP, a free port) serving `zone` with a TTL of 300 s. */
export async function startDnsServer(zone: Zone): Promise<TestDnsServer> {
  const questions: string[] = [];
  const state = { zone };
  const server = dns2.createUDPServer((request, send) => {
    const response = Packet.createResponseFromRequest(request);
    const [question] = request.questions;
    if (!question) return void send(response);
    const name = question.name.toLowerCase().replace(/\.$/, '');
    const type = typeNames.get(question.type) ?? String(question.type);
    questions.push(`${type} ${name}`);
    const entry = state.zone[name];
    if (entry?.silent) return;
    if (!entry) {
      response.header.rcode = rcodes.NXDOMAIN;
      return void send(response);
    }
    if (entry.rcode) {
      response.header.rcode = rcodes[entry.rcode];
      return void send(response);
    }
    const record = (fields: object) => fields as (typeof response.answers)[number];
    const base = { name: question.name, class: Packet.CLASS.IN, ttl: 300 };
    if (question.type === Packet.TYPE.MX) {
      for (const mx of entry.mx ?? []) {
        response.answers.push(
          record({ ...base, type: Packet.TYPE.MX, exchange: mx.exchange, priority: mx.priority }),
        );
      }
    } else if (question.type === Packet.TYPE.A) {
      for (const address of entry.a ?? [])
        response.answers.push(record({ ...base, type: Packet.TYPE.A, address }));
    } else if (question.type === Packet.TYPE.AAAA) {
      for (const address of entry.aaaa ?? []) {
        response.answers.push(record({ ...base, type: Packet.TYPE.AAAA, address }));
      }
    }
    void send(response);
  });
  await server.listen(0, '127.0.0.1');
  const { port } = server.address();
  return {
    server: `127.0.0.1:${port}`,
    questions,
    count(type, name) {
      return questions.filter((q) => (name ? q === `${type} ${name}` : q.startsWith(`${type} `)))
        .length;
    },
    get zone() {
      return state.zone;
    },
    set zone(next) {
      state.zone = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
