export * from './server.js';
export { startFakeSpamidate, type FakeSpamidate, type FakeSpamidateOptions } from './spamidate.js';
export { startFakeXmagnet, type FakeXmagnet, type FakeXmagnetOptions } from './xmagnet.js';
