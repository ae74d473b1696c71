/**
 * The glue to the Camunda 7 engine: process delegates, listeners, the task list, deadline timers, and the
 * engine's own identity data. No other module calls the engine API, so that a later move to a community fork
 * of Camunda 7 stays a rename inside this package.
 */
package vn.edu.hocbaso.workflow;
