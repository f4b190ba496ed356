// Local fakes of the services a council plugs into @lgds/server, on loopback, each checking every request against
// the service's published API: for @lgds/server's tests and for running apps/service without any API key.
export * from './fake-govuk-pay';
export * from './fake-http';
export * from './fake-notify';
export * from './fake-os-places';
