"""treebeard's private APIs: the materialised paths of new nodes, computed without writing; a
node's parent, known without a query."""

from treebeard.mp_tree import MP_Node


def child_path(parent: MP_Node, number):
    """The path of `parent`'s `number`th child (from 1), as `add_child` gives a first child.

    Why private (`MP_Node._get_path`): `add_child` computes the path and saves the node, one
    node at a time with a query for the parent's last child each; a bulk write of many children
    needs the paths without the writes, and treebeard has no public function for them."""
    return parent._get_path(parent.path, parent.depth + 1, number)


def next_sibling_path(node: MP_Node):
    """The path of the sibling right after `node`, as `add_child` gives the next child.

    Why private (`MP_Node._inc_path`): as `child_path`, the path without the write."""
    return node._inc_path()


def remember_parent(node: MP_Node, parent: MP_Node):
    """Make `node.get_parent()` answer `parent` without its query.

    Why private (`MP_Node._cached_parent_obj`): `get_parent` keeps its answer there and has no
    public way to be given one; admin listings that show each row's parent fetch all parents
    in one query (pages.admin_rows)."""
    node._cached_parent_obj = parent
