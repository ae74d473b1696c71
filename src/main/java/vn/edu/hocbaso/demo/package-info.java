/**
 * The demo city: generated Vietnamese names, valid personal IDs and a whole department of schools, classes,
 * staff and pupils, written on first start and, at any size, from the command line.
 */
package vn.edu.hocbaso.demo;
