/**
 * Digital signatures on the national record (chữ ký số): a built-in certificate authority for demo and test
 * setups, certificates of homeroom teachers, principals and schools (issued here or imported), their
 * registration and revocation, XMLDSig signatures in the record's signature list ({@code DANH_SACH_THONG_TIN_KY})
 * made with a key on the server or by an external signer (digest out, signature value back), batches that sign
 * a class, a school or chosen records in one action ({@code BatchSigning}), and the verification of a record's
 * signatures. Bouncy Castle and the XML signature API stay inside this module.
 */
package vn.edu.hocbaso.signing;
