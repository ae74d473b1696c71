/**
 * In-app notices to staff: reminders before each close-off, returned classes, the registry's rejections.
 */
package vn.edu.hocbaso.notification;
