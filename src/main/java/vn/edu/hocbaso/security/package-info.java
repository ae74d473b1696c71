/**
 * Accounts, login, roles, and the scope of what each user may see.
 */
package vn.edu.hocbaso.security;
