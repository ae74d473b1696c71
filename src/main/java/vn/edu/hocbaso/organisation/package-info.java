/**
 * The organisation of a province or city: the Department of Education and Training (Sở GD&ĐT), wards and
 * communes, schools, classes, staff and their roles, pupils, guardians, enrolments and study history.
 */
package vn.edu.hocbaso.organisation;
